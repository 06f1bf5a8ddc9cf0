package org.plaza.starter.webtest;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API: any staff role reads, organizers create, moderators moderate (a customizer rule). */
@RestController
@RequestMapping("/api/staff/test")
class StaffTestApi {

    @GetMapping("/campaigns")
    List<String> campaigns(Authentication staff) {
        return staff.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).sorted().toList();
    }

    @PostMapping("/campaigns")
    @PreAuthorize("hasRole('ORGANIZER')")
    String createCampaign() {
        return "created";
    }

    @GetMapping("/moderation/queue")
    String moderationQueue() {
        return "queue";
    }
}
