package io.concord.engine;

import java.util.List;

import io.concord.api.model.AnnotatorInfo;

/**
 * An immutable pipeline snapshot. Each document runs on the snapshot it started with; a snapshot that
 * has been replaced is destroyed (its engines released) once the last document using it is done.
 */
final class Pipeline {
    final List<AnnotatorStage> stages;
    final List<AnnotatorInfo> info;
    /** The snapshot's types and the CASes made from them. */
    final PipelineTypes types;
    private int users;
    private boolean retired;

    Pipeline(List<AnnotatorStage> stages, List<AnnotatorInfo> info, PipelineTypes types) {
        this.types = types;
        this.stages = List.copyOf(stages);
        this.info = List.copyOf(info);
        this.stages.forEach(AnnotatorStage::retain);
    }

    synchronized void acquire() {
        users++;
    }

    synchronized void release() {
        users--;
        if (users == 0 && retired) {
            destroy();
        }
    }

    synchronized void retire() {
        retired = true;
        if (users == 0) {
            destroy();
        }
    }

    private void destroy() {
        stages.forEach(AnnotatorStage::release);
    }
}
