package org.plaza.identity.account.web;

import jakarta.validation.constraints.Size;

/** A staff account's email address (form and JSON body); blank removes it. */
public class EmailForm {

    @Size(max = 254)
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
