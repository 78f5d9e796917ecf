/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["envelope"] || ($protobuf.roots["envelope"] = {});

export const meshwork = $root.meshwork = (() => {

    /**
     * Namespace meshwork.
     * @exports meshwork
     * @namespace
     */
    const meshwork = {};

    meshwork.events = (function() {

        /**
         * Namespace events.
         * @memberof meshwork
         * @namespace
         */
        const events = {};

        events.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} meshwork.events.Envelope.$Properties
             * @property {string|null} [id] Envelope id
             * @property {string|null} [topic] Envelope topic
             * @property {string|null} [type] Envelope type
             * @property {number|Long|null} [occurredAt] Envelope occurredAt
             * @property {string|null} [actorId] Envelope actorId
             * @property {string|null} [teamId] Envelope teamId
             * @property {string|null} [entity] Envelope entity
             * @property {string|null} [entityId] Envelope entityId
             * @property {string|null} [traceId] Envelope traceId
             * @property {number|null} [schemaVersion] Envelope schemaVersion
             * @property {Uint8Array|null} [payload] Envelope payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof meshwork.events
             * @interface IEnvelope
             * @augments meshwork.events.Envelope.$Properties
             * @deprecated Use meshwork.events.Envelope.$Properties instead.
             */

            /**
             * Shape of an Envelope.
             * @typedef {meshwork.events.Envelope.$Properties} meshwork.events.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof meshwork.events
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {meshwork.events.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope id.
             * @member {string} id
             * @memberof meshwork.events.Envelope
             * @instance
             */
            Envelope.prototype.id = "";

            /**
             * Envelope topic.
             * @member {string} topic
             * @memberof meshwork.events.Envelope
             * @instance
             */
            Envelope.prototype.topic = "";

            /**
             * Envelope type.
             * @member {string} type
             * @memberof meshwork.events.Envelope
             * @instance
             */
            Envelope.prototype.type = "";

            /**
             * Envelope occurredAt.
             * @member {number|Long} occurredAt
             * @memberof meshwork.events.Envelope
             * @instance
             */
            Envelope.prototype.occurredAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Envelope actorId.
             * @member {string} actorId
             * @memberof meshwork.events.Envelope
             * @instance
             */
            Envelope.prototype.actorId = "";

            /**
             * Envelope teamId.
             * @member {string} teamId
             * @memberof meshwork.events.Envelope
             * @instance
             */
            Envelope.prototype.teamId = "";

            /**
             * Envelope entity.
             * @member {string} entity
             * @memberof meshwork.events.Envelope
             * @instance
             */
            Envelope.prototype.entity = "";

            /**
             * Envelope entityId.
             * @member {string} entityId
             * @memberof meshwork.events.Envelope
             * @instance
             */
            Envelope.prototype.entityId = "";

            /**
             * Envelope traceId.
             * @member {string} traceId
             * @memberof meshwork.events.Envelope
             * @instance
             */
            Envelope.prototype.traceId = "";

            /**
             * Envelope schemaVersion.
             * @member {number} schemaVersion
             * @memberof meshwork.events.Envelope
             * @instance
             */
            Envelope.prototype.schemaVersion = 0;

            /**
             * Envelope payload.
             * @member {Uint8Array} payload
             * @memberof meshwork.events.Envelope
             * @instance
             */
            Envelope.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof meshwork.events.Envelope
             * @static
             * @param {meshwork.events.Envelope.$Properties=} [properties] Properties to set
             * @returns {meshwork.events.Envelope} Envelope instance
             * @type {{
             *   (properties: meshwork.events.Envelope.$Shape): meshwork.events.Envelope & meshwork.events.Envelope.$Shape;
             *   (properties?: meshwork.events.Envelope.$Properties): meshwork.events.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link meshwork.events.Envelope.verify|verify} messages.
             * @function encode
             * @memberof meshwork.events.Envelope
             * @static
             * @param {meshwork.events.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.topic);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.type);
                if (message.occurredAt != null && $Object.hasOwnProperty.call(message, "occurredAt") && (typeof message.occurredAt === "object" ? message.occurredAt.low || message.occurredAt.high : message.occurredAt !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.occurredAt);
                if (message.actorId != null && $Object.hasOwnProperty.call(message, "actorId") && message.actorId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.actorId);
                if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId") && message.teamId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.teamId);
                if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.entity);
                if (message.entityId != null && $Object.hasOwnProperty.call(message, "entityId") && message.entityId !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.entityId);
                if (message.traceId != null && $Object.hasOwnProperty.call(message, "traceId") && message.traceId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.traceId);
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion") && message.schemaVersion !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.schemaVersion);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link meshwork.events.Envelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof meshwork.events.Envelope
             * @static
             * @param {meshwork.events.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof meshwork.events.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {meshwork.events.Envelope & meshwork.events.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.meshwork.events.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.occurredAt = value;
                            else
                                delete message.occurredAt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.actorId = value;
                            else
                                delete message.actorId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.teamId = value;
                            else
                                delete message.teamId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.entity = value;
                            else
                                delete message.entity;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.entityId = value;
                            else
                                delete message.entityId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.traceId = value;
                            else
                                delete message.traceId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.schemaVersion = value;
                            else
                                delete message.schemaVersion;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof meshwork.events.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {meshwork.events.Envelope & meshwork.events.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof meshwork.events.Envelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.occurredAt != null && $Object.hasOwnProperty.call(message, "occurredAt"))
                    if (!$util.isInteger(message.occurredAt) && !(message.occurredAt && $util.isInteger(message.occurredAt.low) && $util.isInteger(message.occurredAt.high)))
                        return "occurredAt: integer|Long expected";
                if (message.actorId != null && $Object.hasOwnProperty.call(message, "actorId"))
                    if (!$util.isString(message.actorId))
                        return "actorId: string expected";
                if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                    if (!$util.isString(message.teamId))
                        return "teamId: string expected";
                if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                    if (!$util.isString(message.entity))
                        return "entity: string expected";
                if (message.entityId != null && $Object.hasOwnProperty.call(message, "entityId"))
                    if (!$util.isString(message.entityId))
                        return "entityId: string expected";
                if (message.traceId != null && $Object.hasOwnProperty.call(message, "traceId"))
                    if (!$util.isString(message.traceId))
                        return "traceId: string expected";
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                    if (!$util.isInteger(message.schemaVersion))
                        return "schemaVersion: integer expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof meshwork.events.Envelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {meshwork.events.Envelope} Envelope
             */
            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.meshwork.events.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".meshwork.events.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.meshwork.events.Envelope();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.occurredAt != null)
                    if (typeof object.occurredAt === "object" ? object.occurredAt.low || object.occurredAt.high : $Number(object.occurredAt) !== 0)
                        if ($util.Long)
                            message.occurredAt = $util.Long.fromValue(object.occurredAt, false);
                        else if (typeof object.occurredAt === "string")
                            message.occurredAt = $parseInt(object.occurredAt, 10);
                        else if (typeof object.occurredAt === "number")
                            message.occurredAt = object.occurredAt;
                        else if (typeof object.occurredAt === "object")
                            message.occurredAt = new $util.LongBits(object.occurredAt.low >>> 0, object.occurredAt.high >>> 0).toNumber();
                if (object.actorId != null)
                    if (typeof object.actorId !== "string" || object.actorId.length)
                        message.actorId = $String(object.actorId);
                if (object.teamId != null)
                    if (typeof object.teamId !== "string" || object.teamId.length)
                        message.teamId = $String(object.teamId);
                if (object.entity != null)
                    if (typeof object.entity !== "string" || object.entity.length)
                        message.entity = $String(object.entity);
                if (object.entityId != null)
                    if (typeof object.entityId !== "string" || object.entityId.length)
                        message.entityId = $String(object.entityId);
                if (object.traceId != null)
                    if (typeof object.traceId !== "string" || object.traceId.length)
                        message.traceId = $String(object.traceId);
                if (object.schemaVersion != null)
                    if ($Number(object.schemaVersion) !== 0)
                        message.schemaVersion = object.schemaVersion >>> 0;
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof meshwork.events.Envelope
             * @static
             * @param {meshwork.events.Envelope} message Envelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.topic = "";
                    object.type = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.occurredAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.occurredAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.actorId = "";
                    object.teamId = "";
                    object.entity = "";
                    object.entityId = "";
                    object.traceId = "";
                    object.schemaVersion = 0;
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.occurredAt != null && $Object.hasOwnProperty.call(message, "occurredAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.occurredAt = typeof message.occurredAt === "number" ? $BigInt(message.occurredAt) : $util.Long.fromBits(message.occurredAt.low >>> 0, message.occurredAt.high >>> 0, false).toBigInt();
                    else if (typeof message.occurredAt === "number")
                        object.occurredAt = options.longs === $String ? $String(message.occurredAt) : message.occurredAt;
                    else
                        object.occurredAt = options.longs === $String ? $util.Long.prototype.toString.call(message.occurredAt) : options.longs === $Number ? new $util.LongBits(message.occurredAt.low >>> 0, message.occurredAt.high >>> 0).toNumber() : message.occurredAt;
                if (message.actorId != null && $Object.hasOwnProperty.call(message, "actorId"))
                    object.actorId = message.actorId;
                if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                    object.teamId = message.teamId;
                if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                    object.entity = message.entity;
                if (message.entityId != null && $Object.hasOwnProperty.call(message, "entityId"))
                    object.entityId = message.entityId;
                if (message.traceId != null && $Object.hasOwnProperty.call(message, "traceId"))
                    object.traceId = message.traceId;
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                    object.schemaVersion = message.schemaVersion;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof meshwork.events.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof meshwork.events.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/meshwork.events.Envelope";
            };

            return Envelope;
        })();

        return events;
    })();

    return meshwork;
})();

export {
  $root as default
};
