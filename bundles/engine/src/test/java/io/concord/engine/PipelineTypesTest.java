package io.concord.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import io.concord.types.ConcordTypeSystem;
import org.apache.uima.UIMAFramework;
import org.apache.uima.fit.component.NoOpAnnotator;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A pipeline's types: Concord's merged with those its annotators bring; a clash leaves one annotator out. */
class PipelineTypesTest {
    @Test
    void anAnnotatorsOwnTypeIsInTheCasesOfThePipeline() throws Exception {
        PipelineTypes concord = PipelineTypes.concord(2);
        PipelineTypes.Merge merge = PipelineTypes.merge(List.of(stage("orgs", type("com.example.Organisation",
                "io.concord.types.ConcordAnnotation"))));

        PipelineTypes next = concord.next(merge.description(), 2);

        assertTrue(merge.refused().isEmpty());
        assertNotSame(concord, next, "new types, new CASes");
        assertNotNull(next.pool.take().getTypeSystem().getType("com.example.Organisation"));
        assertNotNull(next.pool.take().getTypeSystem().getType("io.concord.types.Person"));
        assertTrue(next.subsumes("io.concord.types.ConcordAnnotation", "com.example.Organisation"));
    }

    @ParameterizedTest(name = "{1} is a {0}: {2}")
    @CsvSource({
            "io.concord.types.Person, io.concord.types.Person, true",
            "io.concord.types.ConcordAnnotation, io.concord.types.Person, true",
            "uima.tcas.Annotation, io.concord.types.Person, true",
            "uima.cas.AnnotationBase, io.concord.types.Token, true",
            "uima.cas.TOP, io.concord.types.Quote, true",
            "uima.tcas.Annotation, uima.tcas.DocumentAnnotation, true",
            "io.concord.types.Person, io.concord.types.ConcordAnnotation, false",
            "io.concord.types.Person, io.concord.types.Place, false",
            "io.concord.types.Person, com.example.Unknown, false",
    })
    void subtypesAreReadFromTheDescriptionsWithoutACas(String ancestor, String type, boolean expected) throws Exception {
        assertEquals(expected, PipelineTypes.concord(1).subsumes(ancestor, type));
    }

    @Test
    void annotatorsWithoutNewTypesKeepTheCasesTheyHave() throws Exception {
        PipelineTypes concord = PipelineTypes.concord(2);
        PipelineTypes.Merge merge = PipelineTypes.merge(List.of(stage("plain", ConcordTypeSystem.description())));
        assertSame(concord, concord.next(merge.description(), 2));
    }

    @Test
    void aFeatureDeclaredAgainWithAnotherRangeLeavesItsSecondAnnotatorOut() throws Exception {
        AnnotatorStage first = stage("first", type("com.example.Thing", "io.concord.types.ConcordAnnotation", "uima.cas.String"));
        AnnotatorStage second = stage("second", type("com.example.Thing", "io.concord.types.ConcordAnnotation", "uima.cas.Integer"));

        PipelineTypes.Merge merge = PipelineTypes.merge(List.of(first, second));

        assertEquals(Set.of(second), merge.refused().keySet());
        assertTrue(merge.refused().get(second).startsWith("its types cannot be merged"), merge.refused().get(second));
        assertEquals("uima.cas.String", merge.description().getType("com.example.Thing").getFeatures()[0].getRangeTypeName());
    }

    private static TypeSystemDescription type(String name, String supertype) throws Exception {
        return type(name, supertype, "uima.cas.String");
    }

    private static TypeSystemDescription type(String name, String supertype, String kindRange) throws Exception {
        TypeSystemDescription own = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        TypeDescription t = own.addType(name, "", supertype);
        t.addFeature("kind", "", kindRange);
        return CasCreationUtils.mergeTypeSystems(List.of(ConcordTypeSystem.description(), own));
    }

    private static AnnotatorStage stage(String id, TypeSystemDescription types) throws Exception {
        return new AnnotatorStage(id, "1.0.0", "test." + id, 1, PipelineTypesTest.class.getClassLoader(),
                AnalysisEngineFactory.createEngineDescription(NoOpAnnotator.class, types), Set.of(), Set.of());
    }
}
