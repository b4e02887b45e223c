// `summarize-experiment --version`: the package's version, bundled in at build time.
import packageJson from '../../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
