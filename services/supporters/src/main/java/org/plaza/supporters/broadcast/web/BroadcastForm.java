package org.plaza.supporters.broadcast.web;

import org.plaza.supporters.broadcast.AudienceFilter;
import org.plaza.supporters.broadcast.Broadcast;
import org.plaza.supporters.broadcast.Message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The broadcast form: the message in Spanish and in English (both required) and the audience. */
public class BroadcastForm {

    private static final String ONE_LINE = "[^\\r\\n]*";

    @NotBlank
    @Size(max = Message.MAX_SUBJECT)
    @Pattern(regexp = ONE_LINE)
    private String esSubject;
    @NotBlank
    @Size(max = Message.MAX_BODY)
    private String esBody;
    @NotBlank
    @Size(max = Message.MAX_SUBJECT)
    @Pattern(regexp = ONE_LINE)
    private String enSubject;
    @NotBlank
    @Size(max = Message.MAX_BODY)
    private String enBody;
    @Size(max = 100)
    private String segmentId;
    @Pattern(regexp = "SIGNED|COMMENTED|VOLUNTEERED|SIGNED_UP|ATTENDED|TRAINED|RSVPED|PAPER_SHEET|IMPORTED|")
    private String did;
    @Size(max = 60)
    private String community;

    static BroadcastForm of(Broadcast broadcast) {
        BroadcastForm form = new BroadcastForm();
        form.esSubject = broadcast.es().subject();
        form.esBody = broadcast.es().body();
        form.enSubject = broadcast.en().subject();
        form.enBody = broadcast.en().body();
        form.segmentId = broadcast.audience().segmentId();
        form.did = broadcast.audience().did();
        form.community = broadcast.audience().community();
        return form;
    }

    Message spanish() {
        return new Message(esSubject, esBody);
    }

    Message english() {
        return new Message(enSubject, enBody);
    }

    AudienceFilter audience() {
        return new AudienceFilter(segmentId, did, community);
    }

    public String getEsSubject() {
        return esSubject;
    }

    public void setEsSubject(String esSubject) {
        this.esSubject = esSubject;
    }

    public String getEsBody() {
        return esBody;
    }

    public void setEsBody(String esBody) {
        this.esBody = esBody;
    }

    public String getEnSubject() {
        return enSubject;
    }

    public void setEnSubject(String enSubject) {
        this.enSubject = enSubject;
    }

    public String getEnBody() {
        return enBody;
    }

    public void setEnBody(String enBody) {
        this.enBody = enBody;
    }

    public String getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(String segmentId) {
        this.segmentId = segmentId;
    }

    public String getDid() {
        return did;
    }

    public void setDid(String did) {
        this.did = did;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }
}
