/** The message catalogue (template keys, categories, parameters) and its bilingual rendering. */
package org.plaza.notifications.template;
