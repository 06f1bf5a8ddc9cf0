/** The supporters service on the running platform: a resident's "my data" and their erasure across every store. */
package org.plaza.systemtests.supporters;
