/** The one clock of a service: every decision about time reads the {@link java.time.Clock} bean, which tests replace. */
package org.plaza.starter.time;
