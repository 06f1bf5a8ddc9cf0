/** The load generator: runs a scenario against a running Plaza and against the bare stack, and reports both. */
package org.plaza.bench;
