/** MongoDB for the local stack: mongo-java-server on the H2 file backend, one database per service. */
package org.plaza.devstack.mongo;
