/** End-to-end tests: the platform started by ./plaza as separate processes, driven by real clients and a browser. */
package org.plaza.systemtests;
