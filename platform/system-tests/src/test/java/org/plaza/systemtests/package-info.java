/** End-to-end tests: the platform started by ./plaza up (its services in one JVM unless -Dplaza.system-tests.jvms=separate), driven by real clients and a browser. */
package org.plaza.systemtests;
