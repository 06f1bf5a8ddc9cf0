/** The petitions journey on the running platform: sign in Spanish on a phone, confirm by email, count, milestones. */
package org.plaza.systemtests.petitions;
