package org.plaza.identity.audit.web;

import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import org.plaza.identity.account.AccountService;
import org.plaza.identity.account.StaffAccount;
import org.plaza.identity.audit.AuditEntry;
import org.plaza.identity.audit.AuditTrail;
import org.plaza.identity.audit.AuditTrail.AuditQuery;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit trail for administrators: a page at {@code /staff/identity/audit} and JSON at {@code /api/staff/identity/audit}. */
@Controller
class AuditPages {

    /** Times are shown in the Coachella Valley's time zone. */
    static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    private final AuditTrail trail;
    private final AccountService accounts;

    AuditPages(AuditTrail trail, AccountService accounts) {
        this.trail = trail;
        this.accounts = accounts;
    }

    @GetMapping("/staff/identity/audit")
    String page(@ModelAttribute("filter") AuditFilter filter, Model model) {
        Page<AuditEntry> entries = trail.search(filter.query());
        model.addAttribute("entries", entries);
        model.addAttribute("zone", ZONE);
        model.addAttribute("names", accounts.all().stream()
                .collect(Collectors.toMap(StaffAccount::id, StaffAccount::displayName)));
        return "identity/staff/audit";
    }

    @GetMapping("/api/staff/identity/audit")
    @ResponseBody
    Map<String, Object> api(@RequestParam(required = false) String staffId,
            @RequestParam(required = false) String service, @RequestParam(required = false) String campaignId,
            @RequestParam(required = false) String itemId, @RequestParam(defaultValue = "0") int page) {
        Page<AuditEntry> entries = trail.search(new AuditQuery(staffId, service, campaignId, itemId, page));
        return Map.of("entries", entries.getContent(), "page", entries.getNumber(),
                "totalPages", entries.getTotalPages(), "totalEntries", entries.getTotalElements());
    }

    /** The page's filters. */
    static class AuditFilter {

        private String staffId;
        private String service;
        private String campaignId;
        private String itemId;
        private int page;

        AuditQuery query() {
            return new AuditQuery(staffId, service, campaignId, itemId, page);
        }

        public String getStaffId() {
            return staffId;
        }

        public void setStaffId(String staffId) {
            this.staffId = staffId;
        }

        public String getService() {
            return service;
        }

        public void setService(String service) {
            this.service = service;
        }

        public String getCampaignId() {
            return campaignId;
        }

        public void setCampaignId(String campaignId) {
            this.campaignId = campaignId;
        }

        public String getItemId() {
            return itemId;
        }

        public void setItemId(String itemId) {
            this.itemId = itemId;
        }

        public int getPage() {
            return page;
        }

        public void setPage(int page) {
            this.page = page;
        }
    }
}
