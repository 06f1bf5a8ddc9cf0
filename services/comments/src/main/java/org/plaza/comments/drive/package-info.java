/** Comment drives: one agenda item of one meeting, bilingual, open until its deadline in the body's time zone. */
package org.plaza.comments.drive;
