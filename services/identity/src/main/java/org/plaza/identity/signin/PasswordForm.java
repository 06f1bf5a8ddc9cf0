package org.plaza.identity.signin;

/** The password change form. Passwords are never sent back to the page, not even after an error. */
class PasswordForm {

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    void forget() {
        currentPassword = null;
        newPassword = null;
        confirmation = null;
    }
}
