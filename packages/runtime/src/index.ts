export { type Backbone, type BackboneOptions, connectBackbone } from './backbone.js';
export { type BackboneConfig, backboneConfigSchema } from './config.js';
