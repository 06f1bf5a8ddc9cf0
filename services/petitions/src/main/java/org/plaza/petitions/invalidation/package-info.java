/**
 * Bulk invalidation of signatures by canonical email, email domain, client-address range, time window or
 * fraud flag: reversible batches, audited, announced as SignaturesInvalidated / SignaturesRestored, with
 * counts following each signature. Also the review of fraud-flagged signatures.
 */
package org.plaza.petitions.invalidation;
