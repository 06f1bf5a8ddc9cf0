/**
 * Retention: a configurable time after a petition closes (default 180 days), its signers' personal data
 * (name, email, domain, client network, comment, emailed codes) is removed; counts, events and the
 * pseudonymous supporterId remain.
 */
package org.plaza.petitions.retention;
