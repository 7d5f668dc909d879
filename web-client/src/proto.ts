// The one door to the generated protocol types (src/gen, made by `npm run gen`).
export { create, fromBinary, toBinary } from "@bufbuild/protobuf";
export * from "./gen/kring/v1/commands_pb";
export * from "./gen/kring/v1/envelope_pb";
export * from "./gen/kring/v1/errors_pb";
export * from "./gen/kring/v1/events_pb";
export * from "./gen/kring/v1/model_pb";
export * from "./gen/kring/v1/snapshot_pb";
export * from "./gen/kring/v1/templates_pb";
