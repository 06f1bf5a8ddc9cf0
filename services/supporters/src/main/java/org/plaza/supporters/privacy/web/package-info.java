/** The privacy page, {@code /privacy} on the public origin. */
package org.plaza.supporters.privacy.web;
