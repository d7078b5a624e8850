// paper-kg's sigma bundle: sigma.js v3, graphology and the node/edge programs the viewer uses.
import Graph from "graphology";
import Sigma from "sigma";
import { NodeCircleProgram, EdgeRectangleProgram, EdgeArrowProgram } from "sigma/rendering";
import { NodePointProgram, EdgeLineProgram } from "sigma/rendering";
window.KGSigma = { Graph: Graph, Sigma: Sigma, NodeCircleProgram: NodeCircleProgram, NodePointProgram: NodePointProgram,
                   EdgeLineProgram: EdgeLineProgram, EdgeRectangleProgram: EdgeRectangleProgram,
                   EdgeArrowProgram: EdgeArrowProgram };
