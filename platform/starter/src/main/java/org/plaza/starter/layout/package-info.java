/** The look every resident and staff page shares: one layout, one light stylesheet, the language switch. */
package org.plaza.starter.layout;
