/**
 * A small service used to test the test support: a staff API secured as an OAuth2 resource
 * server, a MongoDB repository, and a Spring Cloud Stream producer and consumer on Kafka.
 */
package org.plaza.testsupport.sample;
