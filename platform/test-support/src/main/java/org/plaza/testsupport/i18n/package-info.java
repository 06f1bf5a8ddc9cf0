/** Checks that a service speaks both languages: its English and Spanish message bundles match. */
package org.plaza.testsupport.i18n;
