package org.plaza.outreach.support;

/**
 * What organizers type about anything residents or volunteers come to (a shift, a training, a meeting), as typed:
 * titles and descriptions in both languages, the community, the address and the places, every field a string so
 * that what was typed comes back unchanged when something is refused. Each form adds its own fields and builds its
 * own request.
 */
public abstract class DetailsForm {

    private String titleEs;
    private String titleEn;
    private String descriptionEs;
    private String descriptionEn;
    private String community;
    private String address;
    private String capacity;

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    public void setDescriptionEs(String descriptionEs) {
        this.descriptionEs = descriptionEs;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }
}
