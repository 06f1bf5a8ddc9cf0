package org.plaza.supporters.privacy.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /privacy} (and {@code /supporters/privacy}): the privacy notice in the visitor's language. */
@Controller
class PrivacyPage {

    @GetMapping({ "/privacy", "/supporters/privacy" })
    String privacy() {
        return "supporters/privacy";
    }
}
