/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["billing"] || ($protobuf.roots["billing"] = {});

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

        events.billing = (function() {

            /**
             * Namespace billing.
             * @memberof meshwork.events
             * @namespace
             */
            const billing = {};

            /**
             * EventType enum.
             * @name meshwork.events.billing.EventType
             * @enum {number}
             * @property {number} EVENT_TYPE_UNKNOWN=0 EVENT_TYPE_UNKNOWN value
             * @property {number} AccountCreated=1 AccountCreated value
             * @property {number} SubscriptionChanged=2 SubscriptionChanged value
             * @property {number} ChargeSucceeded=3 ChargeSucceeded value
             * @property {number} ChargeFailed=4 ChargeFailed value
             * @property {number} BalanceIncremented=5 BalanceIncremented value
             * @property {number} BalanceDecremented=6 BalanceDecremented value
             * @property {number} BalanceZero=7 BalanceZero value
             */
            billing.EventType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EVENT_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "AccountCreated"] = 1;
                values[valuesById[2] = "SubscriptionChanged"] = 2;
                values[valuesById[3] = "ChargeSucceeded"] = 3;
                values[valuesById[4] = "ChargeFailed"] = 4;
                values[valuesById[5] = "BalanceIncremented"] = 5;
                values[valuesById[6] = "BalanceDecremented"] = 6;
                values[valuesById[7] = "BalanceZero"] = 7;
                return values;
            })();

            billing.Account = (function() {

                /**
                 * Properties of an Account.
                 * @typedef {Object} meshwork.events.billing.Account.$Properties
                 * @property {string|null} [id] Account id
                 * @property {string|null} [teamId] Account teamId
                 * @property {string|null} [tier] Account tier
                 * @property {number|Long|null} [balanceCents] Account balanceCents
                 * @property {string|null} [currency] Account currency
                 * @property {number|Long|null} [createdAt] Account createdAt
                 * @property {number|Long|null} [updatedAt] Account updatedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Account.
                 * @memberof meshwork.events.billing
                 * @interface IAccount
                 * @augments meshwork.events.billing.Account.$Properties
                 * @deprecated Use meshwork.events.billing.Account.$Properties instead.
                 */

                /**
                 * Shape of an Account.
                 * @typedef {meshwork.events.billing.Account.$Properties} meshwork.events.billing.Account.$Shape
                 */

                /**
                 * Constructs a new Account.
                 * @memberof meshwork.events.billing
                 * @classdesc Represents an Account.
                 * @constructor
                 * @param {meshwork.events.billing.Account.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Account = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Account id.
                 * @member {string} id
                 * @memberof meshwork.events.billing.Account
                 * @instance
                 */
                Account.prototype.id = "";

                /**
                 * Account teamId.
                 * @member {string} teamId
                 * @memberof meshwork.events.billing.Account
                 * @instance
                 */
                Account.prototype.teamId = "";

                /**
                 * Account tier.
                 * @member {string} tier
                 * @memberof meshwork.events.billing.Account
                 * @instance
                 */
                Account.prototype.tier = "";

                /**
                 * Account balanceCents.
                 * @member {number|Long} balanceCents
                 * @memberof meshwork.events.billing.Account
                 * @instance
                 */
                Account.prototype.balanceCents = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Account currency.
                 * @member {string} currency
                 * @memberof meshwork.events.billing.Account
                 * @instance
                 */
                Account.prototype.currency = "";

                /**
                 * Account createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.billing.Account
                 * @instance
                 */
                Account.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Account updatedAt.
                 * @member {number|Long} updatedAt
                 * @memberof meshwork.events.billing.Account
                 * @instance
                 */
                Account.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Account instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.billing.Account
                 * @static
                 * @param {meshwork.events.billing.Account.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.billing.Account} Account instance
                 * @type {{
                 *   (properties: meshwork.events.billing.Account.$Shape): meshwork.events.billing.Account & meshwork.events.billing.Account.$Shape;
                 *   (properties?: meshwork.events.billing.Account.$Properties): meshwork.events.billing.Account;
                 * }}
                 */
                Account.create = function(properties) {
                    return new Account(properties);
                };

                /**
                 * Encodes the specified Account message. Does not implicitly {@link meshwork.events.billing.Account.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.billing.Account
                 * @static
                 * @param {meshwork.events.billing.Account.$Properties} message Account message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Account.encode = function (message, writer, _depth) {
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
                    if (message.tier != null && $Object.hasOwnProperty.call(message, "tier") && message.tier !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.tier);
                    if (message.balanceCents != null && $Object.hasOwnProperty.call(message, "balanceCents") && (typeof message.balanceCents === "object" ? message.balanceCents.low || message.balanceCents.high : message.balanceCents !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.balanceCents);
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency") && message.currency !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.currency);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.createdAt);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.updatedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Account message, length delimited. Does not implicitly {@link meshwork.events.billing.Account.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.billing.Account
                 * @static
                 * @param {meshwork.events.billing.Account.$Properties} message Account message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Account.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Account message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.billing.Account
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.billing.Account & meshwork.events.billing.Account.$Shape} Account
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Account.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.meshwork.events.billing.Account();
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
                                    message.tier = value;
                                else
                                    delete message.tier;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.balanceCents = value;
                                else
                                    delete message.balanceCents;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.currency = value;
                                else
                                    delete message.currency;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 7: {
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
                 * Decodes an Account message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.billing.Account
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.billing.Account & meshwork.events.billing.Account.$Shape} Account
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Account.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Account message.
                 * @function verify
                 * @memberof meshwork.events.billing.Account
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Account.verify = function (message, _depth) {
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
                    if (message.tier != null && $Object.hasOwnProperty.call(message, "tier"))
                        if (!$util.isString(message.tier))
                            return "tier: string expected";
                    if (message.balanceCents != null && $Object.hasOwnProperty.call(message, "balanceCents"))
                        if (!$util.isInteger(message.balanceCents) && !(message.balanceCents && $util.isInteger(message.balanceCents.low) && $util.isInteger(message.balanceCents.high)))
                            return "balanceCents: integer|Long expected";
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency"))
                        if (!$util.isString(message.currency))
                            return "currency: string expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (!$util.isInteger(message.updatedAt) && !(message.updatedAt && $util.isInteger(message.updatedAt.low) && $util.isInteger(message.updatedAt.high)))
                            return "updatedAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an Account message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.billing.Account
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.billing.Account} Account
                 */
                Account.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.billing.Account)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.billing.Account: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.billing.Account();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.teamId != null)
                        if (typeof object.teamId !== "string" || object.teamId.length)
                            message.teamId = $String(object.teamId);
                    if (object.tier != null)
                        if (typeof object.tier !== "string" || object.tier.length)
                            message.tier = $String(object.tier);
                    if (object.balanceCents != null)
                        if (typeof object.balanceCents === "object" ? object.balanceCents.low || object.balanceCents.high : $Number(object.balanceCents) !== 0)
                            if ($util.Long)
                                message.balanceCents = $util.Long.fromValue(object.balanceCents, false);
                            else if (typeof object.balanceCents === "string")
                                message.balanceCents = $parseInt(object.balanceCents, 10);
                            else if (typeof object.balanceCents === "number")
                                message.balanceCents = object.balanceCents;
                            else if (typeof object.balanceCents === "object")
                                message.balanceCents = new $util.LongBits(object.balanceCents.low >>> 0, object.balanceCents.high >>> 0).toNumber();
                    if (object.currency != null)
                        if (typeof object.currency !== "string" || object.currency.length)
                            message.currency = $String(object.currency);
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
                 * Creates a plain object from an Account message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.billing.Account
                 * @static
                 * @param {meshwork.events.billing.Account} message Account
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Account.toObject = function (message, options, _depth) {
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
                        object.tier = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.balanceCents = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.balanceCents = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.currency = "";
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
                    if (message.tier != null && $Object.hasOwnProperty.call(message, "tier"))
                        object.tier = message.tier;
                    if (message.balanceCents != null && $Object.hasOwnProperty.call(message, "balanceCents"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.balanceCents = typeof message.balanceCents === "number" ? $BigInt(message.balanceCents) : $util.Long.fromBits(message.balanceCents.low >>> 0, message.balanceCents.high >>> 0, false).toBigInt();
                        else if (typeof message.balanceCents === "number")
                            object.balanceCents = options.longs === $String ? $String(message.balanceCents) : message.balanceCents;
                        else
                            object.balanceCents = options.longs === $String ? $util.Long.prototype.toString.call(message.balanceCents) : options.longs === $Number ? new $util.LongBits(message.balanceCents.low >>> 0, message.balanceCents.high >>> 0).toNumber() : message.balanceCents;
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency"))
                        object.currency = message.currency;
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
                 * Converts this Account to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.billing.Account
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Account.prototype.toJSON = function() {
                    return Account.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Account
                 * @function getTypeUrl
                 * @memberof meshwork.events.billing.Account
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Account.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.billing.Account";
                };

                return Account;
            })();

            billing.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} meshwork.events.billing.Event.$Properties
                 * @property {meshwork.events.billing.EventType|null} [type] Event type
                 * @property {meshwork.events.billing.Account.$Properties|null} [account] Event account
                 * @property {string|null} [previousTier] Event previousTier
                 * @property {number|Long|null} [amountCents] Event amountCents
                 * @property {string|null} [chargeId] Event chargeId
                 * @property {string|null} [failureReason] Event failureReason
                 * @property {string|null} [idempotencyKey] Event idempotencyKey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof meshwork.events.billing
                 * @interface IEvent
                 * @augments meshwork.events.billing.Event.$Properties
                 * @deprecated Use meshwork.events.billing.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {meshwork.events.billing.Event.$Properties} meshwork.events.billing.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof meshwork.events.billing
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {meshwork.events.billing.Event.$Properties=} [properties] Properties to set
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
                 * @member {meshwork.events.billing.EventType} type
                 * @memberof meshwork.events.billing.Event
                 * @instance
                 */
                Event.prototype.type = 0;

                /**
                 * Event account.
                 * @member {meshwork.events.billing.Account.$Properties|null|undefined} account
                 * @memberof meshwork.events.billing.Event
                 * @instance
                 */
                Event.prototype.account = null;

                /**
                 * Event previousTier.
                 * @member {string} previousTier
                 * @memberof meshwork.events.billing.Event
                 * @instance
                 */
                Event.prototype.previousTier = "";

                /**
                 * Event amountCents.
                 * @member {number|Long} amountCents
                 * @memberof meshwork.events.billing.Event
                 * @instance
                 */
                Event.prototype.amountCents = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Event chargeId.
                 * @member {string} chargeId
                 * @memberof meshwork.events.billing.Event
                 * @instance
                 */
                Event.prototype.chargeId = "";

                /**
                 * Event failureReason.
                 * @member {string} failureReason
                 * @memberof meshwork.events.billing.Event
                 * @instance
                 */
                Event.prototype.failureReason = "";

                /**
                 * Event idempotencyKey.
                 * @member {string} idempotencyKey
                 * @memberof meshwork.events.billing.Event
                 * @instance
                 */
                Event.prototype.idempotencyKey = "";

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.billing.Event
                 * @static
                 * @param {meshwork.events.billing.Event.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.billing.Event} Event instance
                 * @type {{
                 *   (properties: meshwork.events.billing.Event.$Shape): meshwork.events.billing.Event & meshwork.events.billing.Event.$Shape;
                 *   (properties?: meshwork.events.billing.Event.$Properties): meshwork.events.billing.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.billing.Event.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.billing.Event
                 * @static
                 * @param {meshwork.events.billing.Event.$Properties} message Event message or plain object to encode
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
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        $root.meshwork.events.billing.Account.encode(message.account, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.previousTier != null && $Object.hasOwnProperty.call(message, "previousTier") && message.previousTier !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.previousTier);
                    if (message.amountCents != null && $Object.hasOwnProperty.call(message, "amountCents") && (typeof message.amountCents === "object" ? message.amountCents.low || message.amountCents.high : message.amountCents !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.amountCents);
                    if (message.chargeId != null && $Object.hasOwnProperty.call(message, "chargeId") && message.chargeId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.chargeId);
                    if (message.failureReason != null && $Object.hasOwnProperty.call(message, "failureReason") && message.failureReason !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.failureReason);
                    if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey") && message.idempotencyKey !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.idempotencyKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.billing.Event.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.billing.Event
                 * @static
                 * @param {meshwork.events.billing.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.billing.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.billing.Event & meshwork.events.billing.Event.$Shape} Event
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
                    message = _target || new $root.meshwork.events.billing.Event();
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
                                message.account = $root.meshwork.events.billing.Account.decode(reader, reader.size(), $undefined, _depth + 1, message.account);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.previousTier = value;
                                else
                                    delete message.previousTier;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.amountCents = value;
                                else
                                    delete message.amountCents;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.chargeId = value;
                                else
                                    delete message.chargeId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.failureReason = value;
                                else
                                    delete message.failureReason;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.idempotencyKey = value;
                                else
                                    delete message.idempotencyKey;
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
                 * @memberof meshwork.events.billing.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.billing.Event & meshwork.events.billing.Event.$Shape} Event
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
                 * @memberof meshwork.events.billing.Event
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
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account")) {
                        let error = $root.meshwork.events.billing.Account.verify(message.account, _depth + 1);
                        if (error)
                            return "account." + error;
                    }
                    if (message.previousTier != null && $Object.hasOwnProperty.call(message, "previousTier"))
                        if (!$util.isString(message.previousTier))
                            return "previousTier: string expected";
                    if (message.amountCents != null && $Object.hasOwnProperty.call(message, "amountCents"))
                        if (!$util.isInteger(message.amountCents) && !(message.amountCents && $util.isInteger(message.amountCents.low) && $util.isInteger(message.amountCents.high)))
                            return "amountCents: integer|Long expected";
                    if (message.chargeId != null && $Object.hasOwnProperty.call(message, "chargeId"))
                        if (!$util.isString(message.chargeId))
                            return "chargeId: string expected";
                    if (message.failureReason != null && $Object.hasOwnProperty.call(message, "failureReason"))
                        if (!$util.isString(message.failureReason))
                            return "failureReason: string expected";
                    if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey"))
                        if (!$util.isString(message.idempotencyKey))
                            return "idempotencyKey: string expected";
                    return null;
                };

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.billing.Event
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.billing.Event} Event
                 */
                Event.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.billing.Event)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.billing.Event: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.billing.Event();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.meshwork.events.billing.EventType[object.type] !== 0))
                        switch (object.type) {
                        case "EVENT_TYPE_UNKNOWN":
                        case 0:
                            message.type = 0;
                            break;
                        case "AccountCreated":
                        case 1:
                            message.type = 1;
                            break;
                        case "SubscriptionChanged":
                        case 2:
                            message.type = 2;
                            break;
                        case "ChargeSucceeded":
                        case 3:
                            message.type = 3;
                            break;
                        case "ChargeFailed":
                        case 4:
                            message.type = 4;
                            break;
                        case "BalanceIncremented":
                        case 5:
                            message.type = 5;
                            break;
                        case "BalanceDecremented":
                        case 6:
                            message.type = 6;
                            break;
                        case "BalanceZero":
                        case 7:
                            message.type = 7;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.account != null) {
                        if (!$util.isObject(object.account))
                            throw $TypeError(".meshwork.events.billing.Event.account: object expected");
                        message.account = $root.meshwork.events.billing.Account.fromObject(object.account, _depth + 1);
                    }
                    if (object.previousTier != null)
                        if (typeof object.previousTier !== "string" || object.previousTier.length)
                            message.previousTier = $String(object.previousTier);
                    if (object.amountCents != null)
                        if (typeof object.amountCents === "object" ? object.amountCents.low || object.amountCents.high : $Number(object.amountCents) !== 0)
                            if ($util.Long)
                                message.amountCents = $util.Long.fromValue(object.amountCents, false);
                            else if (typeof object.amountCents === "string")
                                message.amountCents = $parseInt(object.amountCents, 10);
                            else if (typeof object.amountCents === "number")
                                message.amountCents = object.amountCents;
                            else if (typeof object.amountCents === "object")
                                message.amountCents = new $util.LongBits(object.amountCents.low >>> 0, object.amountCents.high >>> 0).toNumber();
                    if (object.chargeId != null)
                        if (typeof object.chargeId !== "string" || object.chargeId.length)
                            message.chargeId = $String(object.chargeId);
                    if (object.failureReason != null)
                        if (typeof object.failureReason !== "string" || object.failureReason.length)
                            message.failureReason = $String(object.failureReason);
                    if (object.idempotencyKey != null)
                        if (typeof object.idempotencyKey !== "string" || object.idempotencyKey.length)
                            message.idempotencyKey = $String(object.idempotencyKey);
                    return message;
                };

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.billing.Event
                 * @static
                 * @param {meshwork.events.billing.Event} message Event
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
                        object.account = null;
                        object.previousTier = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.amountCents = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.amountCents = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.chargeId = "";
                        object.failureReason = "";
                        object.idempotencyKey = "";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.meshwork.events.billing.EventType[message.type] === $undefined ? message.type : $root.meshwork.events.billing.EventType[message.type] : message.type;
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        object.account = $root.meshwork.events.billing.Account.toObject(message.account, options, _depth + 1);
                    if (message.previousTier != null && $Object.hasOwnProperty.call(message, "previousTier"))
                        object.previousTier = message.previousTier;
                    if (message.amountCents != null && $Object.hasOwnProperty.call(message, "amountCents"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.amountCents = typeof message.amountCents === "number" ? $BigInt(message.amountCents) : $util.Long.fromBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0, false).toBigInt();
                        else if (typeof message.amountCents === "number")
                            object.amountCents = options.longs === $String ? $String(message.amountCents) : message.amountCents;
                        else
                            object.amountCents = options.longs === $String ? $util.Long.prototype.toString.call(message.amountCents) : options.longs === $Number ? new $util.LongBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0).toNumber() : message.amountCents;
                    if (message.chargeId != null && $Object.hasOwnProperty.call(message, "chargeId"))
                        object.chargeId = message.chargeId;
                    if (message.failureReason != null && $Object.hasOwnProperty.call(message, "failureReason"))
                        object.failureReason = message.failureReason;
                    if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey"))
                        object.idempotencyKey = message.idempotencyKey;
                    return object;
                };

                /**
                 * Converts this Event to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.billing.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof meshwork.events.billing.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.billing.Event";
                };

                return Event;
            })();

            return billing;
        })();

        return events;
    })();

    return meshwork;
})();

export {
  $root as default
};
