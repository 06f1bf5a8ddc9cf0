package org.plaza.gateway.signin;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /sign-out}: a page with one button that signs the staff member out of Plaza (a POST, with CSRF). */
@Controller
class SignOutPage {

    @GetMapping("/sign-out")
    String signOut(CsrfToken csrf) {
        csrf.getToken();
        return "gateway/sign-out";
    }
}
