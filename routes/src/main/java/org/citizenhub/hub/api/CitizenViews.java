package org.citizenhub.hub.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.identity.Citizen;
import org.citizenhub.hub.identity.CitizenRepository;
import org.citizenhub.hub.identity.LinkRepository;
import org.citizenhub.hub.identity.LinkedSourceRecord;
import org.citizenhub.hub.identity.SourceRecordRepository;
import org.citizenhub.hub.store.SourceRecordJson;
import org.springframework.stereotype.Component;

/** Builds the citizen responses: the live citizen (after redirect) and each linked record with its link. */
@Component
class CitizenViews {

    private final CitizenRepository citizens;
    private final LinkRepository links;
    private final SourceRecordRepository records;
    private final SourceRecordJson json = new SourceRecordJson();

    CitizenViews(CitizenRepository citizens, LinkRepository links, SourceRecordRepository records) {
        this.citizens = citizens;
        this.links = links;
        this.records = records;
    }

    Optional<CitizenView> byId(String requestedId) {
        return citizens.resolve(requestedId).map(citizen -> citizen.id().equals(requestedId)
                ? view(citizen, null, null)
                : view(citizen, requestedId, citizen.id()));
    }

    Optional<CitizenView> byRecord(RecordKey key) {
        return links.find(key).flatMap(link -> citizens.resolve(link.citizenId())).map(c -> view(c, null, null));
    }

    private CitizenView view(Citizen citizen, String requestedId, String mergedInto) {
        List<ObjectNode> linked = records.linkedTo(citizen.id()).stream().map(this::record).toList();
        return new CitizenView(citizen.id(), requestedId, mergedInto, citizen.createdAt().toString(), linked);
    }

    private ObjectNode record(LinkedSourceRecord linked) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("source", linked.record().key().sourceId());
        node.put("recordId", linked.record().key().recordId());
        node.put("state", linked.link().state().name());
        if (linked.link().score() != null) {
            node.put("score", linked.link().score());
        }
        node.put("origin", linked.link().origin().name());
        node.setAll(json.fields(linked.record()));
        return node;
    }
}
