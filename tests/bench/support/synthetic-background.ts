/** BENCH ONLY: the real background with db/patterns answered by the synthetic set (see synthetic-patterns.ts). */
import './synthetic-patterns';
import '../../../src/background/index';
