package org.plaza.supporters.statement;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /accessibility} (and {@code /supporters/accessibility}): the accessibility statement in the visitor's
 * language, next to the privacy notice; the shared layout's footer links both from every page.
 */
@Controller
class AccessibilityPage {

    @GetMapping({ "/accessibility", "/supporters/accessibility" })
    String accessibility() {
        return "statement/accessibility";
    }
}
