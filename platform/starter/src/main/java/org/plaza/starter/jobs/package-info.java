/**
 * One way to run background work: named periodic jobs started after the context is ready and stopped on
 * shutdown, never overlapping themselves, backing off after failures and measured with Micrometer.
 */
package org.plaza.starter.jobs;
