package org.plaza.petitions.retention;

import org.plaza.petitions.PetitionSettings;
import org.plaza.petitions.petition.PetitionService;
import org.plaza.petitions.petition.PetitionStatus;
import org.plaza.starter.retention.ClosedItems;
import org.plaza.starter.retention.PersonalDataHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Where petitions keeps signers' personal data, for the starter's retention kit: a signature's {@code signer}
 * (name, email, its domain, client network, comment), its emailed {@code credentials} and the phone a paper sheet
 * gave ({@code paper.phone}). The kit removes them
 * {@code plaza.petitions.retention.anonymize-after} after the petition closed (then marks the petition
 * {@code signersAnonymizedAt}, which stops the signers' exports and updates) and at once for a supporter who asked
 * to be erased. Status, community, language, opt-ins, flags and the pseudonymous supporterId stay, so counts do.
 */
@Configuration(proxyBeanMethods = false)
class SignerRetention {

    @Bean
    PersonalDataHolder signatureHolder(PetitionSettings settings, PetitionService petitions) {
        return PersonalDataHolder.in("signatures").unset("signer", "credentials", "paper.phone").versioned()
                .afterItemClosed(ClosedItems.in("petitions").linkedBy("petitionId").markedAt("signersAnonymizedAt")
                        .where(Criteria.where("status").in(PetitionStatus.CLOSED.name(), PetitionStatus.DELIVERED.name()))
                        .after(settings.retention().anonymizeAfter()).markedBy(petitions::signersAnonymized))
                .build();
    }
}
