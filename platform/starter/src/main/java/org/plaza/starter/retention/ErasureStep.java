package org.plaza.starter.retention;

import java.time.Instant;

/**
 * What a service does for an erased supporter besides blanking its holders' documents (notifications cancels
 * what it has not sent yet; comments deletes the stored packet files that print the person's name). Steps run
 * before the holders are anonymized and must be idempotent: a step may run again for the same person.
 */
@FunctionalInterface
public interface ErasureStep {

    void erase(String supporterId, Instant at);
}
