/** The {@code ./plaza} commands: start the local stack with progress, stop it, report its status. */
package org.plaza.devstack;
