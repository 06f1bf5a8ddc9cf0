package org.plaza.supporters.broadcast.web;

import java.util.Map;

import org.plaza.supporters.broadcast.AudienceFilter;
import org.plaza.supporters.broadcast.Broadcast;
import org.plaza.supporters.broadcast.BroadcastChannel;
import org.plaza.supporters.broadcast.Message;
import org.plaza.supporters.broadcast.ShortText;
import org.plaza.supporters.broadcast.TextPreview;
import org.springframework.validation.Errors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The broadcast form: how it goes (email, text or both), the subject in Spanish and in English (always: it also names
 * the broadcast), the email's body in both when it goes by email, the text in both when it goes by text, and the
 * audience. What depends on the channel is checked by {@link #check}.
 */
public class BroadcastForm {

    private static final String ONE_LINE = "[^\\r\\n]*";

    @NotBlank
    @Size(max = Message.MAX_SUBJECT)
    @Pattern(regexp = ONE_LINE)
    private String esSubject;
    @Size(max = Message.MAX_BODY)
    private String esBody;
    @NotBlank
    @Size(max = Message.MAX_SUBJECT)
    @Pattern(regexp = ONE_LINE)
    private String enSubject;
    @Size(max = Message.MAX_BODY)
    private String enBody;
    @Pattern(regexp = "EMAIL|SMS|EMAIL_AND_SMS|")
    private String channel;
    @Size(max = ShortText.MAX_LENGTH)
    private String esText;
    @Size(max = ShortText.MAX_LENGTH)
    private String enText;
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
        form.channel = broadcast.channel().name();
        form.esText = broadcast.text().es();
        form.enText = broadcast.text().en();
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

    BroadcastChannel channel() {
        return BroadcastChannel.of(channel);
    }

    ShortText text() {
        return channel().texts() ? new ShortText(esText, enText) : ShortText.none();
    }

    /**
     * The rules that depend on the channel, as errors next to the fields: the email's body in both languages when it
     * goes by email, a text within the segments allowed in both when it goes by text ({@code refusals}).
     */
    void check(Errors errors, Map<String, TextPreview.Refusal> refusals) {
        if (channel().emails()) {
            for (String field : new String[] { "esBody", "enBody" }) {
                Object value = errors.getFieldValue(field);
                if (!errors.hasFieldErrors(field) && (value == null || value.toString().isBlank())) {
                    errors.rejectValue(field, "NotBlank");
                }
            }
        }
        refusals.forEach((field, refusal) -> {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, refusal.code(), refusal.arguments(), refusal.code());
            }
        });
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

    public String getChannel() {
        return channel == null || channel.isBlank() ? BroadcastChannel.EMAIL.name() : channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getEsText() {
        return esText;
    }

    public void setEsText(String esText) {
        this.esText = esText;
    }

    public String getEnText() {
        return enText;
    }

    public void setEnText(String enText) {
        this.enText = enText;
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
