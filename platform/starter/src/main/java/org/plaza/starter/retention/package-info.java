/**
 * Retention and erasure of residents' personal data: a service declares where it keeps them
 * ({@link org.plaza.starter.retention.PersonalDataHolder}) and the kit anonymizes them after the retention period
 * (one job) and at once for one person on {@code SupporterErased}; counts, codes and events stay.
 */
package org.plaza.starter.retention;
