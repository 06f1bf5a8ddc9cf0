package org.plaza.comments.drive;

/**
 * What residents read about the agenda item, in both languages.
 *
 * @param agendaItemNumber the item's number as the body writes it
 * @param agendaUrl        the agenda, if published online
 */
public record DriveContent(String agendaItemNumber, String titleEs, String titleEn, String agendaUrl,
        String decisionEs, String decisionEn, String talkingPointsEs, String talkingPointsEn) {

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleEs;
    }

    public String decision(String language) {
        return "en".equals(language) ? decisionEn : decisionEs;
    }

    public String talkingPoints(String language) {
        return "en".equals(language) ? talkingPointsEn : talkingPointsEs;
    }
}
