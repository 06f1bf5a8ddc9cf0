package org.plaza.testsupport.sample;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.plaza.events.EventTypes;

import org.springframework.cloud.function.cloudevent.CloudEventMessageBuilder;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff endpoints: who am I, and record a sample (saved, then announced as a CloudEvent keyed
 * by its subject; the binder's key serializer takes bytes).
 */
@RestController
@RequestMapping("/staff")
class SampleController {

    private final Samples samples;

    private final StreamBridge streamBridge;

    SampleController(Samples samples, StreamBridge streamBridge) {
        this.samples = samples;
        this.streamBridge = streamBridge;
    }

    @GetMapping("/whoami")
    Map<String, Object> whoami(@AuthenticationPrincipal Jwt jwt) {
        return Map.of("staffId", jwt.getSubject(), "roles", jwt.getClaimAsStringList("roles"));
    }

    @PostMapping("/samples/{sampleId}")
    ResponseEntity<Void> record(@PathVariable String sampleId, @RequestParam String community) {
        this.samples.save(new Sample(sampleId, community, null));
        SampleRecorded event = new SampleRecorded(sampleId, community, Instant.now());
        this.streamBridge.send("sampleEvents", CloudEventMessageBuilder.withData(event)
                .setId(UUID.randomUUID().toString())
                .setType(EventTypes.typeOf(SampleRecorded.class))
                .setSource("/plaza/sample")
                .setSubject(event.subject())
                .setHeader(KafkaHeaders.KEY, event.subject().getBytes(StandardCharsets.UTF_8))
                .build(CloudEventMessageUtils.KAFKA_ATTR_PREFIX));
        return ResponseEntity.accepted().build();
    }

}
