/**
 * Retention and erasure of signers' personal data, declared for the starter's kit: a configurable time after a
 * petition closes (default 180 days), and at once for a supporter erased through the supporters service
 * ({@code SupporterErased}), the signer's name, email, domain, client network, comment and emailed codes are
 * removed; counts, events and the pseudonymous supporterId remain.
 */
package org.plaza.petitions.retention;
