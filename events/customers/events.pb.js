/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["customers"] || ($protobuf.roots["customers"] = {});

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

        events.customers = (function() {

            /**
             * Namespace customers.
             * @memberof meshwork.events
             * @namespace
             */
            const customers = {};

            /**
             * EventType enum.
             * @name meshwork.events.customers.EventType
             * @enum {number}
             * @property {number} EVENT_TYPE_UNKNOWN=0 EVENT_TYPE_UNKNOWN value
             * @property {number} Created=1 Created value
             * @property {number} Updated=2 Updated value
             * @property {number} Deleted=3 Deleted value
             * @property {number} Activated=4 Activated value
             * @property {number} Deactivated=5 Deactivated value
             */
            customers.EventType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EVENT_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "Created"] = 1;
                values[valuesById[2] = "Updated"] = 2;
                values[valuesById[3] = "Deleted"] = 3;
                values[valuesById[4] = "Activated"] = 4;
                values[valuesById[5] = "Deactivated"] = 5;
                return values;
            })();

            customers.Customer = (function() {

                /**
                 * Properties of a Customer.
                 * @typedef {Object} meshwork.events.customers.Customer.$Properties
                 * @property {string|null} [id] Customer id
                 * @property {string|null} [teamId] Customer teamId
                 * @property {string|null} [name] Customer name
                 * @property {string|null} [email] Customer email
                 * @property {string|null} [status] Customer status
                 * @property {number|Long|null} [validFrom] Customer validFrom
                 * @property {number|Long|null} [validThru] Customer validThru
                 * @property {string|null} [extraJson] Customer extraJson
                 * @property {number|Long|null} [createdAt] Customer createdAt
                 * @property {number|Long|null} [updatedAt] Customer updatedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Customer.
                 * @memberof meshwork.events.customers
                 * @interface ICustomer
                 * @augments meshwork.events.customers.Customer.$Properties
                 * @deprecated Use meshwork.events.customers.Customer.$Properties instead.
                 */

                /**
                 * Shape of a Customer.
                 * @typedef {meshwork.events.customers.Customer.$Properties} meshwork.events.customers.Customer.$Shape
                 */

                /**
                 * Constructs a new Customer.
                 * @memberof meshwork.events.customers
                 * @classdesc Represents a Customer.
                 * @constructor
                 * @param {meshwork.events.customers.Customer.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Customer = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Customer id.
                 * @member {string} id
                 * @memberof meshwork.events.customers.Customer
                 * @instance
                 */
                Customer.prototype.id = "";

                /**
                 * Customer teamId.
                 * @member {string} teamId
                 * @memberof meshwork.events.customers.Customer
                 * @instance
                 */
                Customer.prototype.teamId = "";

                /**
                 * Customer name.
                 * @member {string} name
                 * @memberof meshwork.events.customers.Customer
                 * @instance
                 */
                Customer.prototype.name = "";

                /**
                 * Customer email.
                 * @member {string} email
                 * @memberof meshwork.events.customers.Customer
                 * @instance
                 */
                Customer.prototype.email = "";

                /**
                 * Customer status.
                 * @member {string} status
                 * @memberof meshwork.events.customers.Customer
                 * @instance
                 */
                Customer.prototype.status = "";

                /**
                 * Customer validFrom.
                 * @member {number|Long} validFrom
                 * @memberof meshwork.events.customers.Customer
                 * @instance
                 */
                Customer.prototype.validFrom = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Customer validThru.
                 * @member {number|Long} validThru
                 * @memberof meshwork.events.customers.Customer
                 * @instance
                 */
                Customer.prototype.validThru = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Customer extraJson.
                 * @member {string} extraJson
                 * @memberof meshwork.events.customers.Customer
                 * @instance
                 */
                Customer.prototype.extraJson = "";

                /**
                 * Customer createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.customers.Customer
                 * @instance
                 */
                Customer.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Customer updatedAt.
                 * @member {number|Long} updatedAt
                 * @memberof meshwork.events.customers.Customer
                 * @instance
                 */
                Customer.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Customer instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.customers.Customer
                 * @static
                 * @param {meshwork.events.customers.Customer.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.customers.Customer} Customer instance
                 * @type {{
                 *   (properties: meshwork.events.customers.Customer.$Shape): meshwork.events.customers.Customer & meshwork.events.customers.Customer.$Shape;
                 *   (properties?: meshwork.events.customers.Customer.$Properties): meshwork.events.customers.Customer;
                 * }}
                 */
                Customer.create = function(properties) {
                    return new Customer(properties);
                };

                /**
                 * Encodes the specified Customer message. Does not implicitly {@link meshwork.events.customers.Customer.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.customers.Customer
                 * @static
                 * @param {meshwork.events.customers.Customer.$Properties} message Customer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Customer.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId") && message.teamId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.teamId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email") && message.email !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.email);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.status);
                    if (message.validFrom != null && $Object.hasOwnProperty.call(message, "validFrom") && (typeof message.validFrom === "object" ? message.validFrom.low || message.validFrom.high : message.validFrom !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.validFrom);
                    if (message.validThru != null && $Object.hasOwnProperty.call(message, "validThru") && (typeof message.validThru === "object" ? message.validThru.low || message.validThru.high : message.validThru !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.validThru);
                    if (message.extraJson != null && $Object.hasOwnProperty.call(message, "extraJson") && message.extraJson !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.extraJson);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).int64(message.createdAt);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).int64(message.updatedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Customer message, length delimited. Does not implicitly {@link meshwork.events.customers.Customer.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.customers.Customer
                 * @static
                 * @param {meshwork.events.customers.Customer.$Properties} message Customer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Customer.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Customer message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.customers.Customer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.customers.Customer & meshwork.events.customers.Customer.$Shape} Customer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Customer.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.meshwork.events.customers.Customer();
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
                                    message.teamId = value;
                                else
                                    delete message.teamId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.email = value;
                                else
                                    delete message.email;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.validFrom = value;
                                else
                                    delete message.validFrom;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.validThru = value;
                                else
                                    delete message.validThru;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.extraJson = value;
                                else
                                    delete message.extraJson;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.updatedAt = value;
                                else
                                    delete message.updatedAt;
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
                 * Decodes a Customer message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.customers.Customer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.customers.Customer & meshwork.events.customers.Customer.$Shape} Customer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Customer.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Customer message.
                 * @function verify
                 * @memberof meshwork.events.customers.Customer
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Customer.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        if (!$util.isString(message.teamId))
                            return "teamId: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                        if (!$util.isString(message.email))
                            return "email: string expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (!$util.isString(message.status))
                            return "status: string expected";
                    if (message.validFrom != null && $Object.hasOwnProperty.call(message, "validFrom"))
                        if (!$util.isInteger(message.validFrom) && !(message.validFrom && $util.isInteger(message.validFrom.low) && $util.isInteger(message.validFrom.high)))
                            return "validFrom: integer|Long expected";
                    if (message.validThru != null && $Object.hasOwnProperty.call(message, "validThru"))
                        if (!$util.isInteger(message.validThru) && !(message.validThru && $util.isInteger(message.validThru.low) && $util.isInteger(message.validThru.high)))
                            return "validThru: integer|Long expected";
                    if (message.extraJson != null && $Object.hasOwnProperty.call(message, "extraJson"))
                        if (!$util.isString(message.extraJson))
                            return "extraJson: string expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (!$util.isInteger(message.updatedAt) && !(message.updatedAt && $util.isInteger(message.updatedAt.low) && $util.isInteger(message.updatedAt.high)))
                            return "updatedAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Customer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.customers.Customer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.customers.Customer} Customer
                 */
                Customer.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.customers.Customer)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.customers.Customer: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.customers.Customer();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.teamId != null)
                        if (typeof object.teamId !== "string" || object.teamId.length)
                            message.teamId = $String(object.teamId);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.email != null)
                        if (typeof object.email !== "string" || object.email.length)
                            message.email = $String(object.email);
                    if (object.status != null)
                        if (typeof object.status !== "string" || object.status.length)
                            message.status = $String(object.status);
                    if (object.validFrom != null)
                        if (typeof object.validFrom === "object" ? object.validFrom.low || object.validFrom.high : $Number(object.validFrom) !== 0)
                            if ($util.Long)
                                message.validFrom = $util.Long.fromValue(object.validFrom, false);
                            else if (typeof object.validFrom === "string")
                                message.validFrom = $parseInt(object.validFrom, 10);
                            else if (typeof object.validFrom === "number")
                                message.validFrom = object.validFrom;
                            else if (typeof object.validFrom === "object")
                                message.validFrom = new $util.LongBits(object.validFrom.low >>> 0, object.validFrom.high >>> 0).toNumber();
                    if (object.validThru != null)
                        if (typeof object.validThru === "object" ? object.validThru.low || object.validThru.high : $Number(object.validThru) !== 0)
                            if ($util.Long)
                                message.validThru = $util.Long.fromValue(object.validThru, false);
                            else if (typeof object.validThru === "string")
                                message.validThru = $parseInt(object.validThru, 10);
                            else if (typeof object.validThru === "number")
                                message.validThru = object.validThru;
                            else if (typeof object.validThru === "object")
                                message.validThru = new $util.LongBits(object.validThru.low >>> 0, object.validThru.high >>> 0).toNumber();
                    if (object.extraJson != null)
                        if (typeof object.extraJson !== "string" || object.extraJson.length)
                            message.extraJson = $String(object.extraJson);
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    if (object.updatedAt != null)
                        if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                            if ($util.Long)
                                message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                            else if (typeof object.updatedAt === "string")
                                message.updatedAt = $parseInt(object.updatedAt, 10);
                            else if (typeof object.updatedAt === "number")
                                message.updatedAt = object.updatedAt;
                            else if (typeof object.updatedAt === "object")
                                message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Customer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.customers.Customer
                 * @static
                 * @param {meshwork.events.customers.Customer} message Customer
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Customer.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.teamId = "";
                        object.name = "";
                        object.email = "";
                        object.status = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.validFrom = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.validFrom = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.validThru = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.validThru = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.extraJson = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        object.teamId = message.teamId;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                        object.email = message.email;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    if (message.validFrom != null && $Object.hasOwnProperty.call(message, "validFrom"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.validFrom = typeof message.validFrom === "number" ? $BigInt(message.validFrom) : $util.Long.fromBits(message.validFrom.low >>> 0, message.validFrom.high >>> 0, false).toBigInt();
                        else if (typeof message.validFrom === "number")
                            object.validFrom = options.longs === $String ? $String(message.validFrom) : message.validFrom;
                        else
                            object.validFrom = options.longs === $String ? $util.Long.prototype.toString.call(message.validFrom) : options.longs === $Number ? new $util.LongBits(message.validFrom.low >>> 0, message.validFrom.high >>> 0).toNumber() : message.validFrom;
                    if (message.validThru != null && $Object.hasOwnProperty.call(message, "validThru"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.validThru = typeof message.validThru === "number" ? $BigInt(message.validThru) : $util.Long.fromBits(message.validThru.low >>> 0, message.validThru.high >>> 0, false).toBigInt();
                        else if (typeof message.validThru === "number")
                            object.validThru = options.longs === $String ? $String(message.validThru) : message.validThru;
                        else
                            object.validThru = options.longs === $String ? $util.Long.prototype.toString.call(message.validThru) : options.longs === $Number ? new $util.LongBits(message.validThru.low >>> 0, message.validThru.high >>> 0).toNumber() : message.validThru;
                    if (message.extraJson != null && $Object.hasOwnProperty.call(message, "extraJson"))
                        object.extraJson = message.extraJson;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.updatedAt === "number")
                            object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                        else
                            object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                    return object;
                };

                /**
                 * Converts this Customer to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.customers.Customer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Customer.prototype.toJSON = function() {
                    return Customer.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Customer
                 * @function getTypeUrl
                 * @memberof meshwork.events.customers.Customer
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Customer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.customers.Customer";
                };

                return Customer;
            })();

            customers.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} meshwork.events.customers.Event.$Properties
                 * @property {meshwork.events.customers.EventType|null} [type] Event type
                 * @property {meshwork.events.customers.Customer.$Properties|null} [customer] Event customer
                 * @property {Array.<string>|null} [changed] Event changed
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof meshwork.events.customers
                 * @interface IEvent
                 * @augments meshwork.events.customers.Event.$Properties
                 * @deprecated Use meshwork.events.customers.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {meshwork.events.customers.Event.$Properties} meshwork.events.customers.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof meshwork.events.customers
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {meshwork.events.customers.Event.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Event = function (properties) {
                    this.changed = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Event type.
                 * @member {meshwork.events.customers.EventType} type
                 * @memberof meshwork.events.customers.Event
                 * @instance
                 */
                Event.prototype.type = 0;

                /**
                 * Event customer.
                 * @member {meshwork.events.customers.Customer.$Properties|null|undefined} customer
                 * @memberof meshwork.events.customers.Event
                 * @instance
                 */
                Event.prototype.customer = null;

                /**
                 * Event changed.
                 * @member {Array.<string>} changed
                 * @memberof meshwork.events.customers.Event
                 * @instance
                 */
                Event.prototype.changed = $util.emptyArray;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.customers.Event
                 * @static
                 * @param {meshwork.events.customers.Event.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.customers.Event} Event instance
                 * @type {{
                 *   (properties: meshwork.events.customers.Event.$Shape): meshwork.events.customers.Event & meshwork.events.customers.Event.$Shape;
                 *   (properties?: meshwork.events.customers.Event.$Properties): meshwork.events.customers.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.customers.Event.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.customers.Event
                 * @static
                 * @param {meshwork.events.customers.Event.$Properties} message Event message or plain object to encode
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
                    if (message.customer != null && $Object.hasOwnProperty.call(message, "customer"))
                        $root.meshwork.events.customers.Customer.encode(message.customer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.changed != null && message.changed.length)
                        for (let i = 0; i < message.changed.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.changed[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.customers.Event.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.customers.Event
                 * @static
                 * @param {meshwork.events.customers.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.customers.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.customers.Event & meshwork.events.customers.Event.$Shape} Event
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
                    message = _target || new $root.meshwork.events.customers.Event();
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
                                message.customer = $root.meshwork.events.customers.Customer.decode(reader, reader.size(), $undefined, _depth + 1, message.customer);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.changed && message.changed.length))
                                    message.changed = [];
                                message.changed.push(reader.stringVerify());
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
                 * @memberof meshwork.events.customers.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.customers.Event & meshwork.events.customers.Event.$Shape} Event
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
                 * @memberof meshwork.events.customers.Event
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
                    if (message.customer != null && $Object.hasOwnProperty.call(message, "customer")) {
                        let error = $root.meshwork.events.customers.Customer.verify(message.customer, _depth + 1);
                        if (error)
                            return "customer." + error;
                    }
                    if (message.changed != null && $Object.hasOwnProperty.call(message, "changed")) {
                        if (!$Array.isArray(message.changed))
                            return "changed: array expected";
                        for (let i = 0; i < message.changed.length; ++i)
                            if (!$util.isString(message.changed[i]))
                                return "changed: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.customers.Event
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.customers.Event} Event
                 */
                Event.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.customers.Event)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.customers.Event: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.customers.Event();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.meshwork.events.customers.EventType[object.type] !== 0))
                        switch (object.type) {
                        case "EVENT_TYPE_UNKNOWN":
                        case 0:
                            message.type = 0;
                            break;
                        case "Created":
                        case 1:
                            message.type = 1;
                            break;
                        case "Updated":
                        case 2:
                            message.type = 2;
                            break;
                        case "Deleted":
                        case 3:
                            message.type = 3;
                            break;
                        case "Activated":
                        case 4:
                            message.type = 4;
                            break;
                        case "Deactivated":
                        case 5:
                            message.type = 5;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.customer != null) {
                        if (!$util.isObject(object.customer))
                            throw $TypeError(".meshwork.events.customers.Event.customer: object expected");
                        message.customer = $root.meshwork.events.customers.Customer.fromObject(object.customer, _depth + 1);
                    }
                    if (object.changed) {
                        if (!$Array.isArray(object.changed))
                            throw $TypeError(".meshwork.events.customers.Event.changed: array expected");
                        message.changed = $Array(object.changed.length);
                        for (let i = 0; i < object.changed.length; ++i)
                            message.changed[i] = $String(object.changed[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.customers.Event
                 * @static
                 * @param {meshwork.events.customers.Event} message Event
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
                    if (options.arrays || options.defaults)
                        object.changed = [];
                    if (options.defaults) {
                        object.type = options.enums === $String ? "EVENT_TYPE_UNKNOWN" : 0;
                        object.customer = null;
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.meshwork.events.customers.EventType[message.type] === $undefined ? message.type : $root.meshwork.events.customers.EventType[message.type] : message.type;
                    if (message.customer != null && $Object.hasOwnProperty.call(message, "customer"))
                        object.customer = $root.meshwork.events.customers.Customer.toObject(message.customer, options, _depth + 1);
                    if (message.changed && message.changed.length) {
                        object.changed = $Array(message.changed.length);
                        for (let j = 0; j < message.changed.length; ++j)
                            object.changed[j] = message.changed[j];
                    }
                    return object;
                };

                /**
                 * Converts this Event to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.customers.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof meshwork.events.customers.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.customers.Event";
                };

                return Event;
            })();

            return customers;
        })();

        return events;
    })();

    return meshwork;
})();

export {
  $root as default
};
