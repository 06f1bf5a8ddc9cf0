/**
 * Retention and erasure of commenters' personal data, declared for the starter's kit: a configurable time after
 * their drive closes, and at once for a supporter erased through the supporters service.
 */
package org.plaza.comments.retention;
