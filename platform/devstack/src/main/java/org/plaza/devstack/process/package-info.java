/** Operating-system plumbing shared by every component: commands, pid file, ports, signals and logs. */
package org.plaza.devstack.process;
