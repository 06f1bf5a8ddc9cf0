package org.plaza.devstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.apache.kafka.common.message.MetadataRequestData;
import org.apache.kafka.common.message.MetadataResponseData;
import org.apache.kafka.common.protocol.ApiKeys;
import org.apache.kafka.common.protocol.ByteBufferAccessor;
import org.apache.kafka.common.protocol.MessageUtil;
import org.apache.kafka.common.requests.RequestHeader;
import org.junit.jupiter.api.Test;

/** The hand-written request and answer agree with Kafka's own protocol classes (a real broker: EventBackboneTest). */
class MetadataProbeTest {

    @Test
    void theRequestIsAMetadataRequestForEveryTopicAsKafkaReadsIt() {
        ByteBuffer request = ByteBuffer.wrap(MetadataProbe.metadataRequest(42));
        int size = request.getInt();
        assertThat(size).isEqualTo(request.remaining());

        RequestHeader header = RequestHeader.parse(request);
        assertThat(header.apiKey()).isEqualTo(ApiKeys.METADATA);
        assertThat(header.apiVersion()).isZero();
        assertThat(header.correlationId()).isEqualTo(42);
        assertThat(header.clientId()).isEqualTo("plaza-launcher");
        MetadataRequestData body = new MetadataRequestData(new ByteBufferAccessor(request), (short) 0);
        assertThat(body.topics()).isEmpty();
        assertThat(request.hasRemaining()).isFalse();
    }

    @Test
    void countsTheBrokersOfAnAnswerAndRefusesAnAnswerToAnotherRequest() throws IOException {
        assertThat(MetadataProbe.brokerCount(new ByteArrayInputStream(answer(5, 1)), 5)).isEqualTo(1);
        assertThat(MetadataProbe.brokerCount(new ByteArrayInputStream(answer(5, 0)), 5)).isZero();
        assertThatThrownBy(() -> MetadataProbe.brokerCount(new ByteArrayInputStream(answer(5, 1)), 6))
                .isInstanceOf(IOException.class);
    }

    /** A Metadata v0 answer as the broker writes it: size, correlation id, then the body with {@code brokers}. */
    private static byte[] answer(int correlationId, int brokers) {
        MetadataResponseData data = new MetadataResponseData();
        for (int id = 1; id <= brokers; id++) {
            data.brokers().add(new MetadataResponseData.MetadataResponseBroker().setNodeId(id).setHost("127.0.0.1")
                    .setPort(9092));
        }
        data.topics().add(new MetadataResponseData.MetadataResponseTopic().setName("plaza.petitions")
                .setPartitions(List.of()));
        ByteBuffer body = MessageUtil.toByteBufferAccessor(data, (short) 0).buffer().rewind();
        ByteBuffer framed = ByteBuffer.allocate(4 + 4 + body.remaining());
        framed.putInt(4 + body.remaining()).putInt(correlationId).put(body);
        return framed.array();
    }
}
