/**
 * One way for every service test to get Kafka and MongoDB: {@link org.plaza.testsupport.PlazaServiceTest}
 * brings up Testcontainers when Docker answers and an in-JVM broker and MongoDB otherwise.
 */
package org.plaza.testsupport;
