package com.example.concord.orgs;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import io.concord.types.ConcordTypeSystem;
import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/**
 * The type this bundle brings ({@code OrganisationTypes.xml}) merged with Concord's: the annotator's description
 * carries it, and Concord's engine merges the types of every installed annotator into the CASes it makes.
 */
public final class OrganisationTypes {
    public static final String ORGANISATION = "com.example.concord.orgs.Organisation";

    private OrganisationTypes() {}

    public static TypeSystemDescription withConcordTypes() throws ResourceInitializationException {
        URL xml = OrganisationTypes.class.getResource("OrganisationTypes.xml");
        try {
            TypeSystemDescription own = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(xml));
            return CasCreationUtils.mergeTypeSystems(List.of(ConcordTypeSystem.description(), own));
        } catch (IOException | InvalidXMLException e) {
            throw new ResourceInitializationException(e);
        }
    }
}
