/**
 * The route table of the public origin as a contract tested on both sides: the gateway's configuration
 * equals it, and each service serves what it routes there and nothing that no route reaches.
 */
package org.plaza.testsupport.routes;
