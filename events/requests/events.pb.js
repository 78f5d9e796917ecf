/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number;

// Exported root namespace
const $root = $protobuf.roots["requests"] || ($protobuf.roots["requests"] = {});

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

        events.requests = (function() {

            /**
             * Namespace requests.
             * @memberof meshwork.events
             * @namespace
             */
            const requests = {};

            /**
             * EventType enum.
             * @name meshwork.events.requests.EventType
             * @enum {number}
             * @property {number} EVENT_TYPE_UNKNOWN=0 EVENT_TYPE_UNKNOWN value
             * @property {number} Request=1 Request value
             */
            requests.EventType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EVENT_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "Request"] = 1;
                return values;
            })();

            requests.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} meshwork.events.requests.Event.$Properties
                 * @property {meshwork.events.requests.EventType|null} [type] Event type
                 * @property {string|null} [method] Event method
                 * @property {string|null} [route] Event route
                 * @property {number|null} [status] Event status
                 * @property {number|null} [durationMs] Event durationMs
                 * @property {string|null} [apiKeyId] Event apiKeyId
                 * @property {string|null} [userId] Event userId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof meshwork.events.requests
                 * @interface IEvent
                 * @augments meshwork.events.requests.Event.$Properties
                 * @deprecated Use meshwork.events.requests.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {meshwork.events.requests.Event.$Properties} meshwork.events.requests.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof meshwork.events.requests
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {meshwork.events.requests.Event.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Event = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Event type.
                 * @member {meshwork.events.requests.EventType} type
                 * @memberof meshwork.events.requests.Event
                 * @instance
                 */
                Event.prototype.type = 0;

                /**
                 * Event method.
                 * @member {string} method
                 * @memberof meshwork.events.requests.Event
                 * @instance
                 */
                Event.prototype.method = "";

                /**
                 * Event route.
                 * @member {string} route
                 * @memberof meshwork.events.requests.Event
                 * @instance
                 */
                Event.prototype.route = "";

                /**
                 * Event status.
                 * @member {number} status
                 * @memberof meshwork.events.requests.Event
                 * @instance
                 */
                Event.prototype.status = 0;

                /**
                 * Event durationMs.
                 * @member {number} durationMs
                 * @memberof meshwork.events.requests.Event
                 * @instance
                 */
                Event.prototype.durationMs = 0;

                /**
                 * Event apiKeyId.
                 * @member {string} apiKeyId
                 * @memberof meshwork.events.requests.Event
                 * @instance
                 */
                Event.prototype.apiKeyId = "";

                /**
                 * Event userId.
                 * @member {string} userId
                 * @memberof meshwork.events.requests.Event
                 * @instance
                 */
                Event.prototype.userId = "";

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.requests.Event
                 * @static
                 * @param {meshwork.events.requests.Event.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.requests.Event} Event instance
                 * @type {{
                 *   (properties: meshwork.events.requests.Event.$Shape): meshwork.events.requests.Event & meshwork.events.requests.Event.$Shape;
                 *   (properties?: meshwork.events.requests.Event.$Properties): meshwork.events.requests.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.requests.Event.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.requests.Event
                 * @static
                 * @param {meshwork.events.requests.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.method);
                    if (message.route != null && $Object.hasOwnProperty.call(message, "route") && message.route !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.route);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.status);
                    if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && message.durationMs !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.durationMs);
                    if (message.apiKeyId != null && $Object.hasOwnProperty.call(message, "apiKeyId") && message.apiKeyId !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.apiKeyId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.userId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.requests.Event.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.requests.Event
                 * @static
                 * @param {meshwork.events.requests.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.requests.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.requests.Event & meshwork.events.requests.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.meshwork.events.requests.Event();
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
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.method = value;
                                else
                                    delete message.method;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.route = value;
                                else
                                    delete message.route;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.durationMs = value;
                                else
                                    delete message.durationMs;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.apiKeyId = value;
                                else
                                    delete message.apiKeyId;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
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
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.requests.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.requests.Event & meshwork.events.requests.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Event message.
                 * @function verify
                 * @memberof meshwork.events.requests.Event
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Event.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                        if (!$util.isString(message.method))
                            return "method: string expected";
                    if (message.route != null && $Object.hasOwnProperty.call(message, "route"))
                        if (!$util.isString(message.route))
                            return "route: string expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (!$util.isInteger(message.status))
                            return "status: integer expected";
                    if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                        if (!$util.isInteger(message.durationMs))
                            return "durationMs: integer expected";
                    if (message.apiKeyId != null && $Object.hasOwnProperty.call(message, "apiKeyId"))
                        if (!$util.isString(message.apiKeyId))
                            return "apiKeyId: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    return null;
                };

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.requests.Event
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.requests.Event} Event
                 */
                Event.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.requests.Event)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.requests.Event: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.requests.Event();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.meshwork.events.requests.EventType[object.type] !== 0))
                        switch (object.type) {
                        case "EVENT_TYPE_UNKNOWN":
                        case 0:
                            message.type = 0;
                            break;
                        case "Request":
                        case 1:
                            message.type = 1;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.method != null)
                        if (typeof object.method !== "string" || object.method.length)
                            message.method = $String(object.method);
                    if (object.route != null)
                        if (typeof object.route !== "string" || object.route.length)
                            message.route = $String(object.route);
                    if (object.status != null)
                        if ($Number(object.status) !== 0)
                            message.status = object.status >>> 0;
                    if (object.durationMs != null)
                        if ($Number(object.durationMs) !== 0)
                            message.durationMs = object.durationMs >>> 0;
                    if (object.apiKeyId != null)
                        if (typeof object.apiKeyId !== "string" || object.apiKeyId.length)
                            message.apiKeyId = $String(object.apiKeyId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    return message;
                };

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.requests.Event
                 * @static
                 * @param {meshwork.events.requests.Event} message Event
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Event.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.type = options.enums === $String ? "EVENT_TYPE_UNKNOWN" : 0;
                        object.method = "";
                        object.route = "";
                        object.status = 0;
                        object.durationMs = 0;
                        object.apiKeyId = "";
                        object.userId = "";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.meshwork.events.requests.EventType[message.type] === $undefined ? message.type : $root.meshwork.events.requests.EventType[message.type] : message.type;
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                        object.method = message.method;
                    if (message.route != null && $Object.hasOwnProperty.call(message, "route"))
                        object.route = message.route;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                        object.durationMs = message.durationMs;
                    if (message.apiKeyId != null && $Object.hasOwnProperty.call(message, "apiKeyId"))
                        object.apiKeyId = message.apiKeyId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    return object;
                };

                /**
                 * Converts this Event to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.requests.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof meshwork.events.requests.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.requests.Event";
                };

                return Event;
            })();

            return requests;
        })();

        return events;
    })();

    return meshwork;
})();

export {
  $root as default
};
