/** Signed volunteer invitation links, issued by the services that know the resident and read by outreach. */
package org.plaza.starter.invitation;
