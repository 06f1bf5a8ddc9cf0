package org.plaza.supporters.broadcast;

import org.plaza.starter.jobs.PlazaJob;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The queue runs as a starter job: due broadcasts (and half-queued ones whose lease ran out) every interval. */
@Configuration(proxyBeanMethods = false)
class BroadcastJobs {

    @Bean
    PlazaJob broadcastQueueJob(BroadcastQueue queue, BroadcastSettings settings) {
        return PlazaJob.every("supporters.broadcast-queue", settings.queueInterval(), queue::queueDue);
    }
}
